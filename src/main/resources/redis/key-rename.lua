-- Moves one key of an earlier layout to its new name, atomically, so two instances starting at
-- once (or a start after a half-done upgrade) cannot lose or double anything.
-- KEYS[1] the old name, KEYS[2] the new name (same slot: callers skip this on a Redis Cluster).
-- ARGV[1] how to merge when the new name already holds a key: 'sum' adds counters (a day's
-- statistics counted by both versions), 'keep' keeps what the new key holds and adds only what it
-- lacks (set members, hash fields, sorted-set members; a string or list stays as the new one).
-- Returns 0 when there was nothing to move, 1 renamed (TTL kept by RENAME), 2 merged.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
if redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  return 1
end
local sum = ARGV[1] == 'sum'
local oldTtl = redis.call('PTTL', KEYS[1])
local newTtl = redis.call('PTTL', KEYS[2])
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind ~= redis.call('TYPE', KEYS[2])['ok'] then
  -- Not the same thing under two names: the new version's key stands, the old one goes.
  redis.call('DEL', KEYS[1])
  return 2
end
if kind == 'string' then
  local v = redis.call('GET', KEYS[1])
  if sum and tonumber(v) and tonumber(redis.call('GET', KEYS[2])) then
    redis.call('INCRBY', KEYS[2], v)
  end
elseif kind == 'hash' then
  local fields = redis.call('HGETALL', KEYS[1])
  for i = 1, #fields, 2 do
    if sum and tonumber(fields[i + 1]) then
      redis.call('HINCRBY', KEYS[2], fields[i], fields[i + 1])
    else
      redis.call('HSETNX', KEYS[2], fields[i], fields[i + 1])
    end
  end
elseif kind == 'set' then
  for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
    redis.call('SADD', KEYS[2], m)
  end
elseif kind == 'zset' then
  local members = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
  for i = 1, #members, 2 do
    redis.call('ZADD', KEYS[2], 'NX', members[i + 1], members[i])
  end
end
-- The longer of the two lives stays; a new key without a TTL keeps none.
if newTtl > 0 and oldTtl > newTtl then
  redis.call('PEXPIRE', KEYS[2], oldTtl)
end
redis.call('DEL', KEYS[1])
return 2
