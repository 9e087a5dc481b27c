using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Reliability.Tests.Secrets;

/// <summary>Where a secret input's value shows up in a Struct: only inside secret wrappers is allowed.</summary>
internal static class SecretPlacement
{
    /// <summary>Paths where <paramref name="marker"/> appears outside a secret.</summary>
    public static IReadOnlyList<string> PlainOccurrences(Struct? properties, string marker)
    {
        var found = new List<string>();
        if (properties is not null)
        {
            foreach (var (key, value) in properties.Fields)
            {
                Walk(value, key, marker, found);
            }
        }

        return found;
    }

    private static void Walk(Value value, string path, string marker, List<string> found)
    {
        if (PropertyValues.IsSecret(value))
        {
            return;
        }

        switch (value.KindCase)
        {
            case Value.KindOneofCase.StringValue when value.StringValue.Contains(marker, StringComparison.Ordinal):
                found.Add(path);
                break;
            case Value.KindOneofCase.ListValue:
                for (var i = 0; i < value.ListValue.Values.Count; i++)
                {
                    Walk(value.ListValue.Values[i], $"{path}[{i}]", marker, found);
                }

                break;
            case Value.KindOneofCase.StructValue:
                foreach (var (key, inner) in value.StructValue.Fields)
                {
                    Walk(inner, $"{path}.{key}", marker, found);
                }

                break;
        }
    }
}
