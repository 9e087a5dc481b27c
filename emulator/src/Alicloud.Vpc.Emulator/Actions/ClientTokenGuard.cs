using System.Security.Cryptography;
using System.Text;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// ClientToken idempotency per account: the first successful answer is stored with a hash of the action and its
/// business parameters (signature, nonce, timestamp, key and token material excluded). An identical repeat gets that
/// answer again and changes nothing; the same token with other parameters is IdempotentParameterMismatch. Failed
/// calls are not remembered, so a retry after an error runs again.
/// </summary>
internal static class ClientTokenGuard
{
    public const int MaxTokenLength = 64;
    public const int Capacity = 10_000;

    private static readonly HashSet<string> s_excluded = new(StringComparer.Ordinal)
    {
        "Signature", "SignatureNonce", "SignatureMethod", "SignatureVersion", "Timestamp", "AccessKeyId", "SecurityToken",
        "Format", "Action", "Version",
    };

    public static string Run(RequestContext request, StateSession session, Func<string> execute)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(execute);
        var token = request.Parameters.Optional("ClientToken");
        if (token is null)
        {
            return execute();
        }

        if (token.Length > MaxTokenLength || token.Any(c => c is < (char)0x20 or > (char)0x7E))
        {
            throw ApiErrors.InvalidParameter("ClientToken", $"At most {MaxTokenLength} printable ASCII characters.");
        }

        var key = request.AccountId + "/" + token;
        var hash = Hash(request);
        var records = session.Data.IdempotencyRecords;
        if (records.Find(r => r.Key == key) is { } existing)
        {
            return existing.ParameterHash == hash ? existing.ResponseBody : throw ApiErrors.IdempotentParameterMismatch();
        }

        var body = execute();
        records.Add(new IdempotencyRecord { Key = key, ParameterHash = hash, ResponseBody = body, CreatedAt = session.Now });
        if (records.Count > Capacity)
        {
            records.RemoveRange(0, records.Count - Capacity);
        }

        return body;
    }

    public static string Hash(RequestContext request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var canonical = new StringBuilder(request.Action);
        foreach (var (name, value) in request.Parameters.Values.Where(p => !s_excluded.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            canonical.Append('\n').Append(name).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
