-- Writes directory entries, their audit entries and a new version in one step, then announces it.
-- KEYS[1] the entries hash, KEYS[2] the version, KEYS[3 + i] the audit list of the i-th change
-- (all in one hash slot: the {directory} tag).
-- ARGV[1] channel, ARGV[2] audit entries kept, ARGV[3] audit TTL (seconds),
-- ARGV[4] '1' to write only into an empty store (the seed), then per change four values:
-- id, what the entry must be now ('*' anything, '' absent), its new record, its audit entry ('' none).
-- Returns the new version, 'seeded' when the seed found a store, or 'conflict:<id>' (nothing written).
local keep, ttl = tonumber(ARGV[2]), tonumber(ARGV[3])
if ARGV[4] == '1' and redis.call('exists', KEYS[1]) == 1 then
  return 'seeded'
end
local n = (#ARGV - 4) / 4
for i = 0, n - 1 do
  local b = 5 + 4 * i
  local expected = ARGV[b + 1]
  if expected ~= '*' then
    local current = redis.call('hget', KEYS[1], ARGV[b]) or ''
    if current ~= expected then
      return 'conflict:' .. ARGV[b]
    end
  end
end
for i = 0, n - 1 do
  local b = 5 + 4 * i
  redis.call('hset', KEYS[1], ARGV[b], ARGV[b + 2])
  if ARGV[b + 3] ~= '' then
    redis.call('lpush', KEYS[3 + i], ARGV[b + 3])
    redis.call('ltrim', KEYS[3 + i], 0, keep - 1)
    redis.call('expire', KEYS[3 + i], ttl)
  end
end
local v = redis.call('incr', KEYS[2])
redis.call('publish', ARGV[1], tostring(v))
return tostring(v)
