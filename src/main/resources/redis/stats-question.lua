-- Counts one question in one round trip (the keys share the statistics' hash tag).
-- KEYS[1] the day's questions hash; when nothing was found also KEYS[2] the day's unanswered hash
-- and, if the message id is known, KEYS[3] its unsend link.
-- ARGV[1] the retention (ms), ARGV[2] the questions field, ARGV[3] the scrubbed text, ARGV[4] the
-- link's value, ARGV[5] the link's time to live (ms).
redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
redis.call('PEXPIRE', KEYS[1], ARGV[1])
if #KEYS > 1 then
  redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
  redis.call('PEXPIRE', KEYS[2], ARGV[1])
end
if #KEYS > 2 then
  redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
end
return 1
