-- Saves one place for a person, idempotently, within the limit, and sets the key's TTL in the
-- same step. KEYS[1] the person's sorted set; ARGV[1] the resource id, ARGV[2] now (ms, the score),
-- ARGV[3] the limit, ARGV[4] the TTL (ms). Returns 1 saved, 0 already saved, -1 full.
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return 0
end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return -1
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
