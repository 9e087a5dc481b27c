using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Which end of the Express Connect instance, seen from the resource being deleted.</summary>
public enum InterfaceEnd
{
    ThisEnd,
    OppositeEnd,
}
