-- Unschedules a claimed pseudonym whose reminder is gone (erased or expired), unless it was booked
-- again meanwhile. KEYS[1] the person's hash, KEYS[2] the due schedule; ARGV[1] pseudonym.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
return redis.call('ZREM', KEYS[2], ARGV[1])
