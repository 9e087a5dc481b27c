using System.Collections.Immutable;
using Pulumi;
using Pulumi.AlicloudRouterInterface;

namespace RegistrationProgram;

/// <summary>
/// getRouterInterfaces in both forms: <c>InvokeAsync</c> with plain arguments and <c>Invoke</c> with an output as
/// argument; what the engine is asked (token, argument names) and how its answer reads back (the interface type).
/// </summary>
internal sealed class LookupStack : Stack
{
    public LookupStack()
    {
        var plain = GetRouterInterfaces.InvokeAsync(new GetRouterInterfacesArgs
        {
            Ids = { "ri-plain" },
            Tags = { ["env"] = "prod" },
            IncludeReservationData = true,
        });
        PlainStatus = Output.Create(plain).Apply(found => found.Interfaces.IsDefaultOrEmpty ? "" : found.Interfaces[0].Status);
        var lookedUp = GetRouterInterfaces.Invoke(new GetRouterInterfacesInvokeArgs { RouterId = Output.Create("vrt-output") });
        OutputIds = lookedUp.Apply(found => found.Ids);
    }

    [Output("plainStatus")]
    public Output<string> PlainStatus { get; private set; }

    [Output("outputIds")]
    public Output<ImmutableArray<string>> OutputIds { get; private set; }
}
