using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Admin;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

/// <summary>
/// The harness's models of the emulator (testing/…/Emulator) are checked against the emulator's own types: the typed
/// snapshot (<see cref="EmulatorSnapshot"/>) reads only names the state JSON has, and the admin bodies carry the
/// same JSON names both ways. A renamed field fails here, not as an empty string in some end-to-end assertion.
/// </summary>
public sealed class HarnessModelTests
{
    private static readonly JsonSerializerOptions s_web = new(JsonSerializerDefaults.Web);

    public static TheoryData<Type, Type> Models => new()
    {
        { typeof(RouterInterfaceRecord), typeof(RouterInterfaceEntity) },
        { typeof(RouteEntryRecord), typeof(RouteEntryEntity) },
        { typeof(NextHopRecord), typeof(NextHopEntity) },
        { typeof(VpcRecord), typeof(VpcEntity) },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void EveryNameTheSnapshotReads_IsWrittenByTheEmulator(Type record, Type entity)
    {
        var written = JsonSerializer.SerializeToElement(Activator.CreateInstance(entity, nonPublic: true), StateJson.Options)
            .EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var read = ReadNames(record).ToList();

        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Contains(name, written));
    }

    public static TheoryData<Type, Type> AdminBodies => new()
    {
        { typeof(RouterInterface.Testing.Emulator.FaultRule), typeof(Faults.FaultRule) },
        { typeof(EmulatorLimitSettings), typeof(LimitsBody) },
        { typeof(EmulatorRequestRecord), typeof(RequestLogEntry) },
        { typeof(EmulatorSeed), typeof(SeedBody) },
        { typeof(RouterInterface.Testing.Emulator.SeedVbr), typeof(Admin.SeedVbr) },
        { typeof(SeedRouterInterfaceFlags), typeof(SeedRouterInterface) },
        { typeof(SeedVpcFlags), typeof(SeedVpc) },
        { typeof(RouterInterface.Testing.Emulator.SeededVbr), typeof(Admin.SeededVbr) },
        { typeof(EmulatorSeedResult), typeof(SeedResult) },
        { typeof(EmulatorVariantSettings), typeof(VariantsAnswer) },
    };

    [Theory]
    [MemberData(nameof(AdminBodies))]
    public void AdminBodies_HaveTheEmulatorsJsonNames(Type harness, Type emulator) =>
        Assert.Equal(JsonNames(emulator), JsonNames(harness));

    [Fact]
    public void Parse_OfTheEmulatorsStateJson_CarriesTheValues()
    {
        var state = new EmulatorState();
        state.RouterInterfaces.Add(new RouterInterfaceEntity
        {
            RouterInterfaceId = "ri-1", RegionId = "cn-hangzhou", Status = "Active", TargetStatus = "Inactive", ChargeType = "Prepaid",
            OppositeInterfaceId = "ri-2", OppositeInterfaceOwnerId = "1234", Spec = "Small.1",
        });
        state.RouteEntries.Add(new RouteEntryEntity
        {
            RouteEntryId = "rte-1", RouteTableId = "vtb-1", Type = "Custom", Status = "Available",
            NextHops = [new NextHopEntity { NextHopType = "RouterInterface", NextHopId = "ri-1" }, new NextHopEntity { NextHopType = "RouterInterface", NextHopId = "ri-3" }],
        });
        state.DeletedRouterInterfaceIds.Add("ri-0");

        var snapshot = EmulatorSnapshot.Parse(JsonSerializer.SerializeToElement(state, StateJson.Options));

        var ri = snapshot.Interface("ri-1")!;
        Assert.Equal(("Active", "Inactive", "ri-2", "1234", "Small.1"), (ri.Status, ri.TargetStatus, ri.OppositeInterfaceId, ri.OppositeInterfaceOwnerId, ri.Spec));
        Assert.True(ri.IsPrepaid);
        Assert.Equal(["ri-1", "ri-3"], snapshot.RouteEntry("rte-1")!.NextHopIds);
        Assert.Single(snapshot.RouteEntriesTo("ri-3"));
        Assert.True(snapshot.IsGone("ri-0"));
        Assert.False(snapshot.IsGone("ri-1"));
    }

    private static List<string> JsonNames(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? s_web.PropertyNamingPolicy!.ConvertName(p.Name))
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> ReadNames(Type record)
    {
        var constructor = record.GetConstructors().Single();
        var positional = constructor.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.Ordinal);
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var settable = property.SetMethod is not null || positional.Contains(property.Name);
            if (!settable)
            {
                continue; // computed (IsPrepaid, NextHopIds, …)
            }

            yield return property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? s_web.PropertyNamingPolicy!.ConvertName(property.Name);
        }
    }
}
