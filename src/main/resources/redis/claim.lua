-- Takes the first member of a schedule (sorted set) that is due, for a lease.
-- KEYS[1] the schedule; ARGV[1] now (ms), ARGV[2] the end of the lease (ms).
-- Returns the member, or false when nothing is due.
local m = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
if #m == 0 then return false end
redis.call('ZADD', KEYS[1], ARGV[2], m[1])
return m[1]
