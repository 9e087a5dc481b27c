using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// An output whose input was secret stays secret. Because the provider declares <c>acceptSecrets</c>, the engine no
/// longer re-marks outputs by itself, so the protocol layer applies this rule to every top-level output.
/// </summary>
internal static class SecretPropagation
{
    public static PropertyMap Apply(PropertyMap inputs, PropertyMap outputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var result = outputs;
        foreach (var (key, input) in inputs)
        {
            if (input.IsSecret && outputs.TryGetValue(key, out var output) && !output.IsSecret)
            {
                result = result.With(key, PropertyValue.MakeSecret(output));
            }
        }

        return result;
    }
}
