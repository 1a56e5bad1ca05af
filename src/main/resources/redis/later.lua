-- Moves a claimed member to a later time, unless someone removed it meanwhile.
-- KEYS[1] the schedule; ARGV[1] the member, ARGV[2] when (ms).
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
  return 1
end
return 0
