-- Ends a reminder that was sent (or refused for good), unless the person booked another meanwhile.
-- KEYS[1] the person's hash, KEYS[2] the due schedule; ARGV[1] pseudonym, ARGV[2] the retry key
-- of the reminder that was sent. Returns 1 ended, 0 a newer reminder (or none) is there and stays.
if redis.call('HGET', KEYS[1], 'k') ~= ARGV[2] then
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
