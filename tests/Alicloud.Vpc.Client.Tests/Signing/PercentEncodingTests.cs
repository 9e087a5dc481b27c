using Alicloud.Vpc.Client.Signing;

namespace Alicloud.Vpc.Client.Tests.Signing;

public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a*b", "a%2Ab")]
    [InlineData("a~b", "a~b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("A-Z_a.z0~9", "A-Z_a.z0~9")]
    [InlineData("a/b=c&d", "a%2Fb%3Dc%26d")]
    [InlineData("2016-02-23T12:46:24Z", "2016-02-23T12%3A46%3A24Z")]
    [InlineData("%", "%25")]
    [InlineData("é", "%C3%A9")]
    [InlineData("中文", "%E4%B8%AD%E6%96%87")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("", "")]
    public void Encode_Value_FollowsRfc3986OnUtf8(string input, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(input));
    }

    [Fact]
    public void Encode_EveryAsciiCharacter_OnlyUnreservedLeftAsIs()
    {
        for (var c = (char)0; c < 128; c++)
        {
            var encoded = PercentEncoding.Encode(c.ToString());
            var unreserved = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
            Assert.Equal(unreserved ? c.ToString() : $"%{(int)c:X2}", encoded);
        }
    }
}
