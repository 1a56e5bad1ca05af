-- Moves a claimed reminder to a later time, unless it was stopped or replaced meanwhile.
-- KEYS[1] the person's hash, KEYS[2] the due schedule; ARGV[1] pseudonym, ARGV[2] the claimed
-- reminder's retry key, ARGV[3] when (ms). Returns 1 moved, 0 left alone.
if redis.call('HGET', KEYS[1], 'k') ~= ARGV[2] or not redis.call('ZSCORE', KEYS[2], ARGV[1]) then
  return 0
end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
