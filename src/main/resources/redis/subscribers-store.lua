-- Stores everyone in any of the area sets who is also in any of the audience sets, with an
-- expiry from the moment it is written, and says how many.
-- KEYS[1] the result, KEYS[2] and KEYS[3] scratch sets, KEYS[4..] the area sets then the
-- audience sets. ARGV[1] how many area sets, ARGV[2] the result's time to live (ms).
local areas = tonumber(ARGV[1])
redis.call('SUNIONSTORE', KEYS[2], unpack(KEYS, 4, 3 + areas))
redis.call('SUNIONSTORE', KEYS[3], unpack(KEYS, 4 + areas, #KEYS))
local n = redis.call('SINTERSTORE', KEYS[1], KEYS[2], KEYS[3])
redis.call('DEL', KEYS[2], KEYS[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return n
