-- Books a person's one reminder, within the month's cap, with its keys' TTLs in the same step.
-- KEYS[1] the person's hash, KEYS[2] the due schedule, KEYS[3] the month's counter.
-- ARGV[1] pseudonym, ARGV[2] LINE user id, ARGV[3] place id, ARGV[4] due (ms), ARGV[5] retry
-- key, ARGV[6] the hash's TTL (ms), ARGV[7] the cap, ARGV[8] the counter's TTL (ms), ARGV[9] month.
-- Returns 1 booked, -1 the month is full. A reminder booked before must be stopped first.
if tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[7]) then
  return -1
end
redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[8])
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'u', ARGV[2], 'p', ARGV[3], 'at', ARGV[4], 'k', ARGV[5], 'm', ARGV[9])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 1
