namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Every action the emulator serves.</summary>
internal static class ActionCatalog
{
    public static IReadOnlyList<IApiAction> All { get; } =
    [
        new DescribeRegionsAction(),
        new CreateVpcAction(),
        new DescribeVpcsAction(),
        new DeleteVpcAction(),
        new CreateRouterInterfaceAction(),
        new DescribeRouterInterfacesAction(),
        new DescribeRouterInterfaceAttributeAction(),
        new ModifyRouterInterfaceAttributeAction(),
        new ModifyRouterInterfaceSpecAction(),
        new ConnectRouterInterfaceAction(),
        new ActivateRouterInterfaceAction(),
        new DeactivateRouterInterfaceAction(),
        new DeleteRouterInterfaceAction(),
        new DeleteExpressConnectAction(),
        new CreateRouteEntryAction(),
        new DeleteRouteEntryAction(),
        new DescribeRouteEntryListAction(),
        new DescribeRouteTableListAction(),
        new TagResourcesForExpressConnectAction(),
        new UntagResourcesForExpressConnectAction(),
        new ListTagResourcesForExpressConnectAction(),
        new ChangeResourceGroupAction(),
    ];
}
