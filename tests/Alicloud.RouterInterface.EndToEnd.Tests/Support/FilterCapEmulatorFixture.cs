using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// The fast emulator with B6 at a cap of <see cref="Cap"/>: DescribeRouterInterfaces honours only the first values of
/// a filter and silently drops the rest, as an API nobody documents might.
/// </summary>
public sealed class FilterCapEmulatorFixture : EmulatorFixture
{
    public const int Cap = 5;

    protected override IReadOnlyDictionary<string, string>? Variants { get; } =
        new Dictionary<string, string> { [EmulatorVariants.FilterValueCap] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
