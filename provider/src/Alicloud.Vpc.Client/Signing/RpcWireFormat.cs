using System.Globalization;
using System.Text;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>Constants and helpers shared by both signing styles.</summary>
internal static class RpcWireFormat
{
    public const string ApiVersion = "2016-04-28";
    public const string Format = "JSON";
    public const string TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ";
    public const string ActionHeader = "x-acs-action";
    public const string VersionHeader = "x-acs-version";

    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary><c>scheme://host[:port]/?a=1&amp;b=2</c> with names and values percent-encoded in the given order.</summary>
    public static Uri BuildUri(Uri endpoint, IEnumerable<KeyValuePair<string, string>> query)
    {
        var builder = new StringBuilder(endpoint.GetLeftPart(UriPartial.Authority)).Append("/?");
        var first = true;
        foreach (var (name, value) in query)
        {
            if (!first)
            {
                builder.Append('&');
            }

            first = false;
            builder.Append(PercentEncoding.Encode(name)).Append('=').Append(PercentEncoding.Encode(value));
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }
}
