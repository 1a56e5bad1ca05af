-- A person asks for staff, or writes while staff answer: the bot stays quiet for them until
-- ARGV[1] (epoch ms). KEYS[1] is the person's key (written with its TTL, ARGV[2] ms), KEYS[2] the
-- waiting set (member ARGV[3], scored by ARGV[1]; members whose time has passed, ARGV[4], are
-- dropped; the set expires, ARGV[5] ms, when its last member would).
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return 1
