-- Removes a person's reminder and, when it had not gone out, gives its place in its month back.
-- KEYS[1] the person's hash, KEYS[2] the due schedule, KEYS[3] the counter of its month as read
-- before (any key when none); ARGV[1] pseudonym, ARGV[2] that month as read ('' when none, '*' to
-- remove whatever is there without giving anything back).
-- Returns 1 if one was there, 0 if none, -2 the reminder changed since it was read (retry).
local month = redis.call('HGET', KEYS[1], 'm') or ''
if ARGV[2] ~= '*' and month ~= ARGV[2] then
  return -2
end
local had = redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
if had == 1 and ARGV[2] ~= '*' and month ~= '' and tonumber(redis.call('GET', KEYS[3]) or '0') > 0 then
  redis.call('DECR', KEYS[3])
end
return had
