-- Which of the given ids are still in one of the area sets and one of the audience sets.
-- KEYS the area sets then the audience sets; ARGV[1] how many area sets, ARGV[2..] the ids.
local areas = tonumber(ARGV[1])
local out = {}
for i = 2, #ARGV do
  local u = ARGV[i]
  local inArea = false
  for k = 1, areas do
    if redis.call('SISMEMBER', KEYS[k], u) == 1 then inArea = true break end
  end
  if inArea then
    for k = areas + 1, #KEYS do
      if redis.call('SISMEMBER', KEYS[k], u) == 1 then out[#out + 1] = u break end
    end
  end
end
return out
