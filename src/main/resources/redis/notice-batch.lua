-- Writes one batch of a snapshot: the recipients' ids, expiring from the moment they are written
-- (a crash before the commit leaves nothing that stays).
-- KEYS[1] the batch list; ARGV[1] its time to live (ms), ARGV[2..] the ids.
redis.call('RPUSH', KEYS[1], unpack(ARGV, 2, #ARGV))
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
