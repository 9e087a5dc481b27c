using System.Text;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>Parameters sorted by name (ordinal, i.e. byte order) and joined as <c>name=value&amp;…</c>, both percent-encoded.</summary>
public static class CanonicalQuery
{
    public static string Build(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var (name, value) in sorted)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(PercentEncoding.Encode(name)).Append('=').Append(PercentEncoding.Encode(value));
        }

        return builder.ToString();
    }
}
