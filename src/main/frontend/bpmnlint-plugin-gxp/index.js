// bpmnlint resolves a rule `gxp/<name>` to ./rules/<name>.js; list rules here to offer them as `plugin:gxp/recommended`.
module.exports = {
  configs: {
    recommended: {
      rules: {}
    }
  }
};
