-- The bot is back for a person: KEYS[1], their key, goes, and ARGV[1] leaves the waiting set
-- KEYS[2]. Returns how many of the two were there.
local n = redis.call('DEL', KEYS[1])
return n + redis.call('ZREM', KEYS[2], ARGV[1])
