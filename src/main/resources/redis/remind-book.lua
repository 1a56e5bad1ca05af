-- Books a person's one reminder in one step: the reminder it replaces gives its place in its month
-- back, the month's cap is checked, and the keys get their TTLs.
-- KEYS[1] the person's hash, KEYS[2] the due schedule, KEYS[3] the month's counter, KEYS[4] the
-- counter of the replaced reminder's month (KEYS[3] when none).
-- ARGV[1] pseudonym, ARGV[2] LINE user id, ARGV[3] the place's or event's id, ARGV[4] due (ms),
-- ARGV[5] retry key, ARGV[6] the hash's TTL (ms), ARGV[7] the cap, ARGV[8] the counter's TTL (ms),
-- ARGV[9] month, ARGV[10] the replaced reminder's month as read before ('' when none), ARGV[11]
-- the field of the id ('p' a place, 'e' an event), ARGV[12] the event meeting's day ('' for none).
-- Returns 1 booked, -1 the month is full, -2 the person's reminder changed since it was read (read
-- again and retry). A full month leaves the earlier reminder as it was.
local before = redis.call('HGET', KEYS[1], 'm') or ''
if before ~= ARGV[10] then
  return -2
end
local used = tonumber(redis.call('GET', KEYS[3]) or '0')
if before == ARGV[9] and used > 0 then
  used = used - 1 -- replacing a reminder of the same month does not count twice
end
if used >= tonumber(ARGV[7]) then
  return -1
end
if before ~= '' and tonumber(redis.call('GET', KEYS[4]) or '0') > 0 then
  redis.call('DECR', KEYS[4])
end
redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[8])
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'u', ARGV[2], ARGV[11], ARGV[3], 'at', ARGV[4], 'k', ARGV[5], 'm', ARGV[9])
if ARGV[12] ~= '' then
  redis.call('HSET', KEYS[1], 'd', ARGV[12])
end
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 1
