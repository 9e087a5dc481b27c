using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>Inputs of Create/Update, already checked: a wrong type or an unknown outside a preview is a PropertyValidationException.</summary>
internal static class OperationInputs
{
    public static RouterInterfaceArgs Read(PropertyMap properties, bool allowUnknowns)
    {
        var failures = new List<CheckFailure>();
        var args = RouterInterfaceMapper.ReadArgs(properties, failures);
        if (failures.FirstOrDefault() is { } failure)
        {
            throw new PropertyValidationException(failure.Property, failure.Reason);
        }

        if (!allowUnknowns && args.Unknowns.FirstOrDefault() is { } unknown)
        {
            throw new PropertyValidationException(unknown, "is unknown outside of a preview");
        }

        return args;
    }
}
