using Alicloud.RouterInterface.Testing.Monitor;

namespace Alicloud.RouterInterface.Provider.Tests.Monitor;

/// <summary>Provider references split at the last <c>::</c> (sdk/go/common/providers/reference.go ParseReference).</summary>
public sealed class ProviderReferenceTests
{
    [Fact]
    public void Parse_SplitsAtTheLastSeparator()
    {
        const string urn = "urn:pulumi:dev::proj::pulumi:providers:alicloud-routerinterface::east";

        Assert.True(ProviderReference.TryParse(ProviderReference.Format(urn, "0b6f"), out var parsedUrn, out var id));
        Assert.Equal(urn, parsedUrn);
        Assert.Equal("0b6f", id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-separator")]
    [InlineData("not-a-urn::id")]
    public void Parse_RejectsWhatIsNoReference(string reference) =>
        Assert.False(ProviderReference.TryParse(reference, out _, out _));
}
