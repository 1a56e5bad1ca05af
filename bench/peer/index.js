// The benchmark's yardstick: a bot of the same shape as the echo sample LINE publishes with its
// Node.js SDK. Express, the SDK's signature middleware, one replyMessage per text event, and the
// 200 only after every reply has gone out. Written for bench/webhook-load.sh; not part of the bot.
//
// Environment: CHANNEL_SECRET, CHANNEL_ACCESS_TOKEN, LINE_API_BASE_URL (the benchmark's LINE
// stub), PORT.
'use strict';

const express = require('express');
const line = require('@line/bot-sdk');

const secret = process.env.CHANNEL_SECRET;
const lineApi = new line.messagingApi.MessagingApiClient({
  channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN,
  baseURL: process.env.LINE_API_BASE_URL || 'https://api.line.me',
});

function answer(event) {
  if (event.type !== 'message' || event.message.type !== 'text') {
    return Promise.resolve(null);
  }
  return lineApi.replyMessage({
    replyToken: event.replyToken,
    messages: [{ type: 'text', text: event.message.text }],
  });
}

const app = express();
app.post('/callback', line.middleware({ channelSecret: secret }), (req, res) => {
  Promise.all(req.body.events.map(answer))
    .then((sent) => res.json(sent))
    .catch((error) => {
      console.error('reply failed:', error.message);
      res.status(500).end();
    });
});

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`echo peer listening on ${port}`));
