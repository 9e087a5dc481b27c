using Alicloud.Vpc.Emulator.Faults;

namespace Alicloud.Vpc.Emulator.Admin;

/// <summary>PUT /_emulator/limits; absent members stay as they are.</summary>
internal sealed record LimitsBody(int? Qps, int? RouterInterfacesPerRouter);

/// <summary>POST /_emulator/seed.</summary>
internal sealed record SeedBody(
    IReadOnlyList<SeedVbr>? Vbrs, IReadOnlyList<SeedRouterInterface>? RouterInterfaces, IReadOnlyList<SeedVpc>? Vpcs, IReadOnlyList<SeedResourceGroup>? ResourceGroups = null);

/// <summary>A resource group added to an account (beside its default group).</summary>
internal sealed record SeedResourceGroup(string AccountId, string ResourceGroupId);

internal sealed record SeedVbr(string AccountId, string RegionId, string? VbrId, string? AccessPointId);

/// <summary>Flags on an existing interface (null: unchanged).</summary>
internal sealed record SeedRouterInterface(string RouterInterfaceId, bool? OperationLocked, bool? ClassicLinkRouteEntry);

internal sealed record SeedVpc(string VpcId, bool? NonSteady);

internal sealed record SeededVbr(string VbrId, string RouteTableId, string AccountId, string RegionId, string AccessPointId);

internal sealed record SeedResult(IReadOnlyList<SeededVbr> Vbrs);

internal sealed record HealthBody(string Status, string Version, IReadOnlyCollection<string> Actions);

internal sealed record FaultsBody(IReadOnlyList<FaultRule> Rules);

/// <summary>
/// GET/PUT /_emulator/variants. PUT: a profile (and its seed) first resets every variant to that profile, then the
/// named variants override; absent members leave things as they are. Values are strings or numbers.
/// </summary>
internal sealed record VariantsBody(string? Profile, int? Seed, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Variants);

internal sealed record VariantsAnswer(string Profile, int? Seed, IReadOnlyDictionary<string, object> Variants);
