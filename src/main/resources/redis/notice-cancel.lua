-- Cancels a notice and withdraws the batches that have not gone out.
-- KEYS[1] the notice, KEYS[2] due, KEYS[3] ready, KEYS[4..] the batch lists of generation
-- ARGV[5] (the caller read them from the notice; none for a notice still scheduled).
-- ARGV[1] the notice id, ARGV[2] the scheduled code, ARGV[3] the sending code,
-- ARGV[4] the cancelled code, ARGV[5] the generation the caller saw ('' if none).
-- Returns how many recipients were withdrawn, -1 when the notice was neither scheduled nor
-- sending, -2 when its batches are not the ones passed (a snapshot was committed meanwhile:
-- read it again and retry).
local s = redis.call('HGET', KEYS[1], 'status')
if s == ARGV[2] then
  redis.call('HSET', KEYS[1], 'status', ARGV[4])
  redis.call('ZREM', KEYS[2], ARGV[1])
  return 0
end
if s ~= ARGV[3] then return -1 end
local n = tonumber(redis.call('HGET', KEYS[1], 'batches'))
if redis.call('HGET', KEYS[1], 'gen') ~= ARGV[5] or n ~= #KEYS - 3 then return -2 end
redis.call('HSET', KEYS[1], 'status', ARGV[4])
local withdrawn = 0
for i = 0, n - 1 do
  if redis.call('ZREM', KEYS[3], ARGV[1] .. ':' .. i) == 1 then
    withdrawn = withdrawn + redis.call('LLEN', KEYS[4 + i])
    redis.call('DEL', KEYS[4 + i])
  end
end
redis.call('HINCRBY', KEYS[1], 'withdrawn', withdrawn)
return withdrawn
