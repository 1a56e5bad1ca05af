-- Saves what one message changed in a person's conversation state and starts its time to live
-- again (a message that changed anything counts as activity).
-- KEYS[1] the state hash. ARGV[1] the time to live (ms), ARGV[2] how many fields to delete,
-- then those fields, then field-value pairs to set.
local removals = tonumber(ARGV[2])
for i = 3, 2 + removals do
  redis.call('HDEL', KEYS[1], ARGV[i])
end
for i = 3 + removals, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
