using System.Text;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>
/// RFC 3986 percent-encoding as Alibaba Cloud signatures require it: UTF-8 bytes, only <c>A-Z a-z 0-9 - _ . ~</c>
/// left as they are, everything else <c>%XY</c> in upper-case hex (so a space is <c>%20</c>, never <c>+</c>).
/// </summary>
public static class PercentEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsAllUnreserved(value))
        {
            return value;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved((char)b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    private static bool IsAllUnreserved(string value)
    {
        foreach (var c in value)
        {
            if (!IsUnreserved(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}
