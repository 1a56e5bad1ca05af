-- Counts one more in a fixed window: the first count starts the window's expiry.
-- KEYS[1] the counter; ARGV[1] the window (ms). Returns the count so far.
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
