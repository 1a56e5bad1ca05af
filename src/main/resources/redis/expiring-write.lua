-- One write and its expiry in one step, so no crash between them can leave a key without a TTL.
-- KEYS[1] is the key written (and expired), further KEYS are the write's other keys (the sources
-- of SUNIONSTORE/SINTERSTORE); ARGV[1] the command, ARGV[2] the TTL in milliseconds, the rest the
-- command's own arguments after its keys.
local args = {}
for i = 1, #KEYS do args[#args + 1] = KEYS[i] end
for i = 3, #ARGV do args[#args + 1] = ARGV[i] end
local result = redis.call(ARGV[1], unpack(args))
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return result
