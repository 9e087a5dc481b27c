using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Tests.Transport;

public sealed class RpcParametersTests
{
    [Fact]
    public void AddFilters_SeveralKeysAndValues_FlattensOneBased()
    {
        var parameters = new RpcParameters().AddFilters(new Dictionary<string, IReadOnlyList<string>>
        {
            ["RouterInterfaceId"] = ["ri-1", "ri-2"],
            ["Status"] = ["Active"],
        });

        Assert.Equal(
            [
                new("Filter.1.Key", "RouterInterfaceId"),
                new("Filter.1.Value.1", "ri-1"),
                new("Filter.1.Value.2", "ri-2"),
                new("Filter.2.Key", "Status"),
                new("Filter.2.Value.1", "Active"),
            ],
            parameters.Items);
    }

    [Fact]
    public void Add_NullValues_AreLeftOut()
    {
        var parameters = new RpcParameters().Add("A", (string?)null).Add("B", (int?)null).Add("C", (bool?)null).Add("D", "x");
        Assert.Equal([new KeyValuePair<string, string>("D", "x")], parameters.Items);
    }

    [Fact]
    public void Add_BoolAndInt_UseWireSpelling()
    {
        var parameters = new RpcParameters().Add("Force", true).Add("AutoPay", false).Add("Period", 12);
        Assert.Equal(["true", "false", "12"], parameters.Items.Select(p => p.Value));
    }

    [Fact]
    public void Clone_ThenAdd_LeavesOriginalUnchanged()
    {
        var original = new RpcParameters().Add("A", "1");
        original.Clone().Add("B", "2");
        Assert.Single(original.Items);
    }
}
