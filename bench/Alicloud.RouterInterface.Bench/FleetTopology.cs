namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Where the pairs go. Initiators in <see cref="InitiatorRegion"/>, acceptors in <see cref="AcceptorRegion"/> (a
/// cross-region fleet). At most <see cref="InterfacesPerRouter"/> interfaces per vRouter (the real API's limit, so the
/// emulator's default cap holds), and no two pairs join the same two routers (the API allows one connection per router
/// pair): pair i joins initiator VPC i/5 with acceptor VPC (i/5 + i%5) mod k, k = max(5, ceil(n/5)) VPCs per region.
/// </summary>
public static class FleetTopology
{
    public const string InitiatorRegion = "cn-hangzhou";
    public const string AcceptorRegion = "cn-shanghai";
    public const int InterfacesPerRouter = 5;

    /// <summary>VPCs per region for <paramref name="pairs"/> pairs.</summary>
    public static int VpcsPerRegion(int pairs) => Math.Max(InterfacesPerRouter, (pairs + InterfacesPerRouter - 1) / InterfacesPerRouter);

    /// <summary>(initiator VPC index, acceptor VPC index) of pair <paramref name="index"/>.</summary>
    public static (int Initiator, int Acceptor) Place(int index, int pairs)
    {
        var k = VpcsPerRegion(pairs);
        var initiator = index / InterfacesPerRouter;
        return (initiator, (initiator + (index % InterfacesPerRouter)) % k);
    }

    /// <summary>A distinct /16 per VPC: initiator VPCs 10.0–127.x, acceptor VPCs 10.128–255.x.</summary>
    public static string Cidr(bool initiatorSide, int vpcIndex) =>
        FormattableString.Invariant($"10.{(initiatorSide ? 0 : 128) + vpcIndex}.0.0/16");
}
