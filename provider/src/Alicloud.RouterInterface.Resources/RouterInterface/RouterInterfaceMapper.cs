using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>Typed mapping between <see cref="PropertyMap"/> and <see cref="RouterInterfaceArgs"/> / <see cref="RouterInterfaceState"/>.</summary>
public static class RouterInterfaceMapper
{
    private static readonly HashSet<string> OutputNames =
        RouterInterfaceFields.Outputs.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Reads inputs. Wrong types become failures naming the property; unknown values are recorded, not validated;
    /// names that are not inputs of the resource are failures too (typos should not pass silently).
    /// </summary>
    public static RouterInterfaceArgs ReadArgs(PropertyMap map, List<CheckFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(failures);
        foreach (var key in map.Keys)
        {
            if (RouterInterfaceFields.FindInput(key) is null && !key.StartsWith("__", StringComparison.Ordinal))
            {
                failures.Add(new CheckFailure(key, "is not an input of RouterInterface"));
            }
        }

        var decoded = PropertyCodec.Read(map, RouterInterfaceFields.Inputs, new RouterInterfaceArgs(), failures);
        return decoded.Value with { Unknowns = decoded.Unknowns, Secrets = decoded.Secrets };
    }

    /// <summary>Reads inputs leniently (stored state): type mismatches are skipped, extra names ignored.</summary>
    public static RouterInterfaceArgs ReadStoredArgs(PropertyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var decoded = PropertyCodec.Read(map, RouterInterfaceFields.Inputs, new RouterInterfaceArgs(), []);
        return decoded.Value with { Unknowns = decoded.Unknowns, Secrets = decoded.Secrets };
    }

    public static PropertyMap WriteArgs(RouterInterfaceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return PropertyCodec.Write(PropertyMap.Empty, RouterInterfaceFields.Inputs, args, args.Unknowns, args.Secrets);
    }

    /// <summary>Reads a stored state (outputs), leniently.</summary>
    public static RouterInterfaceState ReadState(PropertyMap outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var args = ReadStoredArgs(outputs);
        var decoded = PropertyCodec.Read(outputs, RouterInterfaceFields.Outputs, new RouterInterfaceOutputs(), []);
        return new RouterInterfaceState(args, decoded.Value with { Unknowns = decoded.Unknowns, OppositeInterfaceId = args.OppositeInterfaceId });
    }

    /// <summary>
    /// Outputs = inputs (secrets kept secret) plus the computed outputs. A fast-link initiator also records the acceptor
    /// the cloud created as <c>oppositeInterfaceId</c> (never an input there), so programs can use it and the delete
    /// knows the other end.
    /// </summary>
    public static PropertyMap WriteState(RouterInterfaceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var map = WriteArgs(state.Args);
        if (state.Args.IsFastLink && state.Args.OppositeInterfaceId is null)
        {
            var acceptor = state.Outputs.Unknowns.Contains(RouterInterfaceProperties.OppositeInterfaceId) ? PropertyValue.Unknown
                : state.Outputs.OppositeInterfaceId is { } id ? PropertyValue.FromString(id)
                : null;
            map = acceptor is null ? map : map.With(RouterInterfaceProperties.OppositeInterfaceId, acceptor);
        }

        return PropertyCodec.Write(map, RouterInterfaceFields.Outputs, state.Outputs, state.Outputs.Unknowns, []);
    }

    public static bool IsOutputName(string name) => OutputNames.Contains(name);
}
