-- Removes a person's reminder and, when it had not gone out, gives its place in the month back.
-- KEYS[1] the person's hash, KEYS[2] the due schedule, KEYS[3] the counter of its month (or any
-- key when unknown); ARGV[1] pseudonym, ARGV[2] 1 to give the place back. Returns 1 if one was there.
local had = redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
if had == 1 and ARGV[2] == '1' and tonumber(redis.call('GET', KEYS[3]) or '0') > 0 then
  redis.call('DECR', KEYS[3])
end
return had
