-- Records a batch's outcome once: deleting the batch list is the mark that it was counted.
-- KEYS[1] the notice, KEYS[2] ready, KEYS[3] the batch list.
-- ARGV[1] the ready member, ARGV[2] delivered, ARGV[3] failed, ARGV[4] skipped,
-- ARGV[5] the sending code, ARGV[6] the done code.
redis.call('ZREM', KEYS[2], ARGV[1])
if redis.call('DEL', KEYS[3]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'delivered', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'failed', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'skipped', ARGV[4])
local done = redis.call('HINCRBY', KEYS[1], 'done', 1)
if done >= tonumber(redis.call('HGET', KEYS[1], 'batches'))
    and redis.call('HGET', KEYS[1], 'status') == ARGV[5] then
  redis.call('HSET', KEYS[1], 'status', ARGV[6])
end
return 1
