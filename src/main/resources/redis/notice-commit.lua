-- Makes a notice's snapshot visible: its batches queued, the notice sending (or done when it
-- reaches nobody). Nothing happens unless the notice is still scheduled (it may have been
-- cancelled while the snapshot was taken).
-- KEYS[1] the notice, KEYS[2] due, KEYS[3] ready, KEYS[4] the batches' retry keys.
-- ARGV[1] the notice id, ARGV[2] the scheduled code, ARGV[3] the sending code, ARGV[4] the done
-- code, ARGV[5] the snapshot's generation, ARGV[6] the number of batches, ARGV[7] recipients,
-- ARGV[8] the text, ARGV[9] the subscriber sets, ARGV[10] now (ms), ARGV[11..] one retry key
-- per batch.
if redis.call('HGET', KEYS[1], 'status') ~= ARGV[2] then return 0 end
local n = tonumber(ARGV[6])
local status = ARGV[3]
if n == 0 then status = ARGV[4] end
redis.call('HSET', KEYS[1], 'status', status, 'gen', ARGV[5], 'batches', n,
  'recipients', ARGV[7], 'text', ARGV[8], 'targets', ARGV[9], 'done', 0)
for i = 0, n - 1 do
  redis.call('HSET', KEYS[4], 'k' .. i, ARGV[11 + i])
  redis.call('ZADD', KEYS[3], ARGV[10], ARGV[1] .. ':' .. i)
end
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
