/**
 * One token bucket in one Redis hash, taken atomically by every replica: the refill, the check
 * and the take happen inside Redis, on Redis's clock. Returns 0 when a token was taken, else the
 * ms until one is due. A person refused a token marks the bucket (`people`) until they should
 * have had it; alert threads are refused until then even when a token is free, so people go
 * first across replicas, not only within one. One key per call: fine in cluster mode.
 *
 * ARGV: tokens per second, burst, "1" for a background caller, ms a person's mark outlasts the
 * wait (covers the caller's own delay in coming back for the token).
 */
export const TAKE_TOKEN_LUA = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local background = ARGV[3] == "1"
local margin = tonumber(ARGV[4])
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local h = redis.call("HMGET", KEYS[1], "tokens", "at", "people")
local tokens = tonumber(h[1]) or burst
local at = tonumber(h[2]) or now
local people = tonumber(h[3]) or 0
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
local wait = 0
if background and people > now then
  wait = people - now
elseif tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) * 1000 / rate)
  if not background then people = math.max(people, now + wait + margin) end
end
redis.call("HSET", KEYS[1], "tokens", tostring(tokens), "at", now, "people", people)
redis.call("PEXPIRE", KEYS[1], math.ceil(burst * 1000 / rate) + 60000)
return wait
`;

/** Empties the bucket (refilled to now first): the service said it is spent. ARGV: rate, burst. */
export const DRAIN_TOKENS_LUA = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local h = redis.call("HMGET", KEYS[1], "tokens", "at")
local tokens = tonumber(h[1]) or burst
local at = tonumber(h[2]) or now
tokens = math.min(0, math.min(burst, tokens + math.max(0, now - at) * rate / 1000))
redis.call("HSET", KEYS[1], "tokens", tostring(tokens), "at", now)
redis.call("PEXPIRE", KEYS[1], math.ceil(burst * 1000 / rate) + 60000)
return 0
`;
