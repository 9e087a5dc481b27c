namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Remembers (AccessKeyId, SignatureNonce) pairs for <see cref="RequestAuthenticator.AllowedSkew"/>.</summary>
internal sealed class NonceCache(TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expiry)> _order = new();

    /// <summary>False when the nonce was already used by this key within the window.</summary>
    public bool TryUse(string accessKeyId, string nonce)
    {
        var now = timeProvider.GetUtcNow();
        var key = accessKeyId + "\n" + nonce;
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && oldest.Expiry <= now)
            {
                _order.Dequeue();
                if (_expiries.TryGetValue(oldest.Key, out var expiry) && expiry <= now)
                {
                    _expiries.Remove(oldest.Key);
                }
            }

            if (_expiries.TryGetValue(key, out var existing) && existing > now)
            {
                return false;
            }

            var newExpiry = now + RequestAuthenticator.AllowedSkew;
            _expiries[key] = newExpiry;
            _order.Enqueue((key, newExpiry));
            return true;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _expiries.Clear();
            _order.Clear();
        }
    }
}
