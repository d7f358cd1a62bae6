class ProvisionExtension {
    void addIdentityExtension(VirtualMachine vm) {
        vm.update()
            .defineNewExtension("identity")
                .withPublisher("Microsoft.ManagedIdentity")
                .withType("ManagedIdentityExtensionForWindows")
                .withVersion("1.0")
                .withPublicSetting("port", 50342)
                .attach()
            .apply();
    }
}
