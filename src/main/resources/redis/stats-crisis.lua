-- Counts one crisis answer for the day, renewing the day's retention.
-- KEYS[1] the day's counter; ARGV[1] the retention (ms).
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
