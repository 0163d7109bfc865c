// Generated from grammar/flowc.schema.json by Tests/FlowFrontendTests/SchemaTests.swift; do not
// edit: change the schema and bless with FLOWC_UPDATE_GOLDENS=1 swift test.

/// The JSON Schema of flowc files, shipped in the binary so that `flowc init` and `flowc schema`
/// can give editors the schema of the flowc that is installed.
public enum FlowcSchema {
    public static let json = #"""
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://flowc.dev/schema/flowc.schema.json",
  "title": "flowc flow language",
  "description": "flowc project files (flowc.yaml) and flow and module files. See grammar/README.md.",
  "oneOf": [
    {
      "$ref": "#/definitions/projectFile"
    },
    {
      "$ref": "#/definitions/flowFile"
    },
    {
      "$ref": "#/definitions/moduleFile"
    }
  ],
  "definitions": {
    "block": {
      "type": "object",
      "description": "One named block: exactly one action keyword plus next, on_error, errors and description.",
      "properties": {
        "next": {
          "$ref": "#/definitions/blockReference"
        },
        "on_error": {
          "$ref": "#/definitions/blockReference"
        },
        "errors": {
          "type": "object",
          "description": "Branches for specific Connect error types.",
          "additionalProperties": {
            "$ref": "#/definitions/blockReference"
          }
        },
        "description": {
          "type": "string"
        },
        "play": {
          "$ref": "#/definitions/playForm"
        },
        "menu": {
          "$ref": "#/definitions/menuForm"
        },
        "store_input": {
          "$ref": "#/definitions/storeInputForm"
        },
        "lambda": {
          "$ref": "#/definitions/lambdaForm"
        },
        "set_attributes": {
          "$ref": "#/definitions/setAttributesForm"
        },
        "branch": {
          "$ref": "#/definitions/branchForm"
        },
        "set_queue": {
          "$ref": "#/definitions/setQueueForm"
        },
        "transfer_to_queue": {
          "$ref": "#/definitions/transferToQueueForm"
        },
        "check_hours": {
          "$ref": "#/definitions/checkHoursForm"
        },
        "check_queue": {
          "$ref": "#/definitions/checkQueueForm"
        },
        "loop": {
          "$ref": "#/definitions/loopForm"
        },
        "wait": {
          "$ref": "#/definitions/waitForm"
        },
        "set_voice": {
          "$ref": "#/definitions/setVoiceForm"
        },
        "set_logging": {
          "$ref": "#/definitions/setLoggingForm"
        },
        "set_recording": {
          "$ref": "#/definitions/setRecordingForm"
        },
        "set_hooks": {
          "$ref": "#/definitions/setHooksForm"
        },
        "callback": {
          "$ref": "#/definitions/callbackForm"
        },
        "set_callback_number": {
          "$ref": "#/definitions/setCallbackNumberForm"
        },
        "transfer_to_flow": {
          "$ref": "#/definitions/flowName"
        },
        "invoke_module": {
          "$ref": "#/definitions/flowName"
        },
        "return": {
          "type": [
            "null",
            "boolean",
            "object"
          ],
          "enum": [
            null,
            true,
            {}
          ],
          "description": "Written with no value (`disconnect:`) or `true`."
        },
        "disconnect": {
          "type": [
            "null",
            "boolean",
            "object"
          ],
          "enum": [
            null,
            true,
            {}
          ],
          "description": "Written with no value (`disconnect:`) or `true`."
        },
        "end_flow": {
          "type": [
            "null",
            "boolean",
            "object"
          ],
          "enum": [
            null,
            true,
            {}
          ],
          "description": "Written with no value (`disconnect:`) or `true`."
        },
        "transfer_to_agent": {
          "type": [
            "null",
            "boolean",
            "object"
          ],
          "enum": [
            null,
            true,
            {}
          ],
          "description": "Written with no value (`disconnect:`) or `true`."
        },
        "loop_prompts": {
          "$ref": "#/definitions/loopPromptsForm"
        },
        "action": {
          "$ref": "#/definitions/genericForm"
        },
        "suppress": {
          "type": "object",
          "description": "Rules silenced on this block, each with the reason: { silent_failure: \"the module apologises\" }.",
          "propertyNames": {
            "pattern": "^[a-z][a-z_]*$"
          },
          "additionalProperties": {
            "type": "string",
            "minLength": 1
          }
        },
        "rating": {
          "$ref": "#/definitions/ratingForm"
        }
      },
      "additionalProperties": false,
      "oneOf": [
        {
          "required": [
            "play"
          ]
        },
        {
          "required": [
            "menu"
          ]
        },
        {
          "required": [
            "store_input"
          ]
        },
        {
          "required": [
            "lambda"
          ]
        },
        {
          "required": [
            "set_attributes"
          ]
        },
        {
          "required": [
            "branch"
          ]
        },
        {
          "required": [
            "set_queue"
          ]
        },
        {
          "required": [
            "transfer_to_queue"
          ]
        },
        {
          "required": [
            "check_hours"
          ]
        },
        {
          "required": [
            "check_queue"
          ]
        },
        {
          "required": [
            "loop"
          ]
        },
        {
          "required": [
            "wait"
          ]
        },
        {
          "required": [
            "set_voice"
          ]
        },
        {
          "required": [
            "set_logging"
          ]
        },
        {
          "required": [
            "set_recording"
          ]
        },
        {
          "required": [
            "set_hooks"
          ]
        },
        {
          "required": [
            "callback"
          ]
        },
        {
          "required": [
            "set_callback_number"
          ]
        },
        {
          "required": [
            "transfer_to_flow"
          ]
        },
        {
          "required": [
            "invoke_module"
          ]
        },
        {
          "required": [
            "return"
          ]
        },
        {
          "required": [
            "disconnect"
          ]
        },
        {
          "required": [
            "end_flow"
          ]
        },
        {
          "required": [
            "transfer_to_agent"
          ]
        },
        {
          "required": [
            "loop_prompts"
          ]
        },
        {
          "required": [
            "rating"
          ]
        },
        {
          "required": [
            "action"
          ]
        }
      ]
    },
    "blockReference": {
      "type": "string",
      "pattern": "^[A-Za-z][A-Za-z0-9_-]*$",
      "description": "The name of a block in the same flow."
    },
    "blocks": {
      "type": "object",
      "minProperties": 1,
      "propertyNames": {
        "type": "string",
        "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
      },
      "additionalProperties": {
        "$ref": "#/definitions/block"
      }
    },
    "branchForm": {
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "pattern": "^\\$"
        },
        "cases": {
          "$ref": "#/definitions/conditionCases"
        },
        "otherwise": {
          "$ref": "#/definitions/blockReference"
        }
      },
      "additionalProperties": false,
      "required": [
        "value",
        "cases",
        "otherwise"
      ]
    },
    "callbackForm": {
      "type": "object",
      "properties": {
        "queue": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "delay": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 259200
        },
        "attempts": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 10
        },
        "retry_delay": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 259200
        }
      },
      "additionalProperties": false
    },
    "checkHoursForm": {
      "type": "object",
      "properties": {
        "hours": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "open": {
          "$ref": "#/definitions/blockReference"
        },
        "closed": {
          "$ref": "#/definitions/blockReference"
        }
      },
      "additionalProperties": false,
      "required": [
        "open",
        "closed"
      ]
    },
    "checkQueueForm": {
      "type": "object",
      "properties": {
        "queue": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "metric": {
          "enum": [
            "agents_available",
            "agents_staffed",
            "agents_online",
            "oldest_contact_age",
            "contacts_in_queue"
          ]
        },
        "cases": {
          "$ref": "#/definitions/conditionCases"
        },
        "otherwise": {
          "$ref": "#/definitions/blockReference"
        }
      },
      "additionalProperties": false,
      "required": [
        "metric",
        "cases",
        "otherwise"
      ]
    },
    "conditionCases": {
      "type": "object",
      "description": "Ordered mapping from conditions (grammar/conditions.ebnf) to blocks; the first that holds wins.",
      "additionalProperties": {
        "$ref": "#/definitions/blockReference"
      }
    },
    "flowFile": {
      "type": "object",
      "properties": {
        "flow": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "type": {
          "enum": [
            "CONTACT_FLOW",
            "CUSTOMER_QUEUE",
            "CUSTOMER_HOLD",
            "CUSTOMER_WHISPER",
            "AGENT_HOLD",
            "AGENT_WHISPER",
            "OUTBOUND_WHISPER",
            "AGENT_TRANSFER",
            "QUEUE_TRANSFER"
          ]
        },
        "description": {
          "type": "string"
        },
        "start": {
          "$ref": "#/definitions/blockReference"
        },
        "on_error": {
          "$ref": "#/definitions/blockReference"
        },
        "blocks": {
          "$ref": "#/definitions/blocks"
        }
      },
      "additionalProperties": false,
      "required": [
        "flow",
        "blocks"
      ],
      "description": "A flow file."
    },
    "flowName": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
    },
    "genericForm": {
      "oneOf": [
        {
          "type": "string",
          "pattern": "^[A-Z][A-Za-z]+$"
        },
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "pattern": "^[A-Z][A-Za-z]+$",
              "description": "A Connect action type, such as TagContact."
            },
            "parameters": {
              "type": "object",
              "additionalProperties": {
                "$ref": "#/definitions/rawValue"
              }
            },
            "conditions": {
              "$ref": "#/definitions/conditionCases"
            }
          },
          "additionalProperties": false,
          "required": [
            "type"
          ]
        }
      ]
    },
    "lambdaForm": {
      "oneOf": [
        {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        {
          "type": "object",
          "properties": {
            "function": {
              "type": "string",
              "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
            },
            "inputs": {
              "type": "object",
              "additionalProperties": {
                "$ref": "#/definitions/rawValue"
              }
            },
            "timeout": {
              "type": [
                "integer",
                "string"
              ],
              "pattern": "^-?[0-9]+$",
              "minimum": 1,
              "maximum": 8,
              "description": "Seconds, 1–8 (Connect's limit for synchronous calls)."
            },
            "async": {
              "type": [
                "boolean",
                "string"
              ],
              "enum": [
                true,
                false,
                "true",
                "false",
                "yes",
                "no",
                "on",
                "off",
                "True",
                "False",
                "Yes",
                "No",
                "On",
                "Off"
              ]
            },
            "retries": {
              "type": [
                "integer",
                "string"
              ],
              "pattern": "^-?[0-9]+$",
              "minimum": 1,
              "maximum": 10,
              "description": "Extra attempts, each time the caller enters the block (each costs one action)."
            },
            "fallback": {
              "$ref": "#/definitions/blockReference"
            }
          },
          "additionalProperties": false,
          "required": [
            "function"
          ]
        }
      ]
    },
    "loopForm": {
      "type": "object",
      "properties": {
        "count": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 0,
          "maximum": 100
        },
        "body": {
          "$ref": "#/definitions/blockReference"
        },
        "done": {
          "$ref": "#/definitions/blockReference"
        }
      },
      "additionalProperties": false,
      "required": [
        "count",
        "body",
        "done"
      ]
    },
    "loopPromptsForm": {
      "type": "object",
      "properties": {
        "prompts": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/prompt"
          },
          "minItems": 1
        },
        "interrupt": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 3600,
          "description": "Seconds between interrupts; customer-queue flows only (keep it above 20)."
        },
        "on_interrupt": {
          "$ref": "#/definitions/blockReference"
        },
        "continue_during_interrupt": {
          "type": [
            "boolean",
            "string"
          ],
          "enum": [
            true,
            false,
            "true",
            "false",
            "yes",
            "no",
            "on",
            "off",
            "True",
            "False",
            "Yes",
            "No",
            "On",
            "Off"
          ],
          "description": "Resume the prompts where they stopped after an interrupt, instead of from the first."
        }
      },
      "additionalProperties": false,
      "required": [
        "prompts"
      ]
    },
    "menuForm": {
      "type": "object",
      "properties": {
        "prompt": {
          "$ref": "#/definitions/prompt"
        },
        "timeout": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 179,
          "description": "Seconds the caller has to press a key."
        },
        "options": {
          "type": "object",
          "propertyNames": {
            "pattern": "^[0-9*#]$"
          },
          "additionalProperties": {
            "$ref": "#/definitions/blockReference"
          },
          "minProperties": 1
        },
        "on_timeout": {
          "$ref": "#/definitions/blockReference"
        },
        "on_invalid": {
          "$ref": "#/definitions/blockReference"
        },
        "retries": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 10,
          "description": "Extra attempts, each time the caller enters the block (each costs one action)."
        },
        "no_input_prompt": {
          "$ref": "#/definitions/prompt"
        },
        "invalid_prompt": {
          "$ref": "#/definitions/prompt"
        },
        "fallback": {
          "$ref": "#/definitions/blockReference"
        },
        "repeat_key": {
          "type": [
            "string",
            "integer"
          ],
          "pattern": "^[0-9*#]$",
          "description": "A key that plays the menu again, counted as a retry."
        }
      },
      "additionalProperties": false,
      "required": [
        "prompt",
        "options"
      ]
    },
    "moduleFile": {
      "type": "object",
      "properties": {
        "module": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "description": {
          "type": "string"
        },
        "start": {
          "$ref": "#/definitions/blockReference"
        },
        "on_error": {
          "$ref": "#/definitions/blockReference"
        },
        "blocks": {
          "$ref": "#/definitions/blocks"
        }
      },
      "additionalProperties": false,
      "required": [
        "module",
        "blocks"
      ],
      "description": "A flow module file."
    },
    "playForm": {
      "$ref": "#/definitions/prompt"
    },
    "projectFile": {
      "type": "object",
      "properties": {
        "project": {
          "type": "string"
        },
        "flows": {
          "type": "string"
        },
        "output": {
          "type": "string",
          "pattern": "^[^/~]",
          "description": "Where `flowc build` writes, relative to flowc.yaml (default: generated)."
        },
        "default_environment": {
          "type": "string"
        },
        "defaults": {
          "type": "object",
          "properties": {
            "voice": {
              "type": "string"
            },
            "voice_engine": {
              "enum": [
                "standard",
                "neural",
                "generative"
              ]
            },
            "input_timeout": {
              "type": [
                "integer",
                "string"
              ],
              "pattern": "^-?[0-9]+$",
              "minimum": 1,
              "maximum": 179
            },
            "lambda_timeout": {
              "type": [
                "integer",
                "string"
              ],
              "pattern": "^-?[0-9]+$",
              "minimum": 1,
              "maximum": 8
            }
          },
          "additionalProperties": false
        },
        "queues": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string",
                    "description": "Its name in the Connect instance, when not this one: the Terraform module looks it up by it."
                  },
                  "create": {
                    "type": "object",
                    "description": "The Terraform module creates the queue, open during these hours.",
                    "properties": {
                      "hours": {
                        "type": "string",
                        "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                      },
                      "max_contacts": {
                        "type": [
                          "integer",
                          "string"
                        ],
                        "pattern": "^[0-9]+$",
                        "minimum": 0,
                        "maximum": 10000
                      }
                    },
                    "required": [
                      "hours"
                    ],
                    "additionalProperties": false
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "hours": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string",
                    "description": "Its name in the Connect instance, when not this one: the Terraform module looks it up by it."
                  },
                  "create": {
                    "type": "object",
                    "description": "The Terraform module creates the hours of operation.",
                    "properties": {
                      "time_zone": {
                        "type": "string"
                      },
                      "open": {
                        "type": "object",
                        "properties": {
                          "monday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          },
                          "tuesday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          },
                          "wednesday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          },
                          "thursday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          },
                          "friday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          },
                          "saturday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          },
                          "sunday": {
                            "type": "string",
                            "pattern": "^[0-9]{2}:[0-9]{2} *- *[0-9]{2}:[0-9]{2}$"
                          }
                        },
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "time_zone",
                      "open"
                    ],
                    "additionalProperties": false
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "prompts": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  },
                  "duration": {
                    "type": [
                      "number",
                      "string"
                    ],
                    "pattern": "^[0-9]+(\\.[0-9]+)?$",
                    "exclusiveMinimum": 0,
                    "description": "Seconds the audio plays, for the loop-prompt checks.",
                    "maximum": 86400
                  },
                  "name": {
                    "type": "string",
                    "description": "Its name in the Connect instance, when not this one: the Terraform module looks it up by it."
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "lex_bots": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "lambdas": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  },
                  "timeout": {
                    "type": [
                      "integer",
                      "string"
                    ],
                    "pattern": "^-?[0-9]+$",
                    "minimum": 1,
                    "maximum": 8
                  },
                  "response": {
                    "enum": [
                      "string_map",
                      "json"
                    ]
                  },
                  "deploy": {
                    "enum": [
                      "managed",
                      "existing"
                    ]
                  },
                  "memory": {
                    "type": [
                      "integer",
                      "string"
                    ],
                    "pattern": "^[0-9]+$",
                    "minimum": 128,
                    "maximum": 10240,
                    "description": "Memory in MB of a function this project deploys."
                  },
                  "environment": {
                    "type": "object",
                    "description": "Environment variables each deployment supplies (settings), with what they mean.",
                    "propertyNames": {
                      "type": "string",
                      "pattern": "^[A-Z_][A-Z0-9_]*$"
                    },
                    "additionalProperties": {
                      "type": [
                        "string",
                        "null"
                      ]
                    }
                  },
                  "uses": {
                    "type": "array",
                    "description": "AWS resources the function uses, with exactly the actions it takes.",
                    "items": {
                      "type": "object",
                      "properties": {
                        "dynamodb_table": {
                          "type": "string",
                          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                        },
                        "sqs_queue": {
                          "type": "string",
                          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                        },
                        "sns_topic": {
                          "type": "string",
                          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                        },
                        "s3_bucket": {
                          "type": "string",
                          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                        },
                        "secret": {
                          "type": "string",
                          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                        },
                        "actions": {
                          "type": "array",
                          "items": {
                            "type": "string",
                            "pattern": "^[a-z0-9]+:[A-Z][A-Za-z]*$"
                          },
                          "minItems": 1
                        },
                        "env": {
                          "type": "string",
                          "pattern": "^[A-Z_][A-Z0-9_]*$"
                        }
                      },
                      "oneOf": [
                        {
                          "required": [
                            "dynamodb_table"
                          ]
                        },
                        {
                          "required": [
                            "sqs_queue"
                          ]
                        },
                        {
                          "required": [
                            "sns_topic"
                          ]
                        },
                        {
                          "required": [
                            "s3_bucket"
                          ]
                        },
                        {
                          "required": [
                            "secret"
                          ]
                        }
                      ],
                      "required": [
                        "actions"
                      ],
                      "additionalProperties": false
                    }
                  },
                  "inputs": {
                    "type": "object",
                    "additionalProperties": {
                      "oneOf": [
                        {
                          "enum": [
                            "string",
                            "number",
                            "boolean",
                            "object",
                            "array"
                          ]
                        },
                        {
                          "type": "object",
                          "properties": {
                            "type": {
                              "enum": [
                                "string",
                                "number",
                                "boolean",
                                "object",
                                "array"
                              ]
                            },
                            "required": {
                              "type": [
                                "boolean",
                                "string"
                              ],
                              "enum": [
                                true,
                                false,
                                "true",
                                "false",
                                "yes",
                                "no",
                                "on",
                                "off",
                                "True",
                                "False",
                                "Yes",
                                "No",
                                "On",
                                "Off"
                              ]
                            },
                            "description": {
                              "type": "string"
                            }
                          },
                          "additionalProperties": false
                        }
                      ]
                    }
                  },
                  "outputs": {
                    "type": "object",
                    "additionalProperties": {
                      "oneOf": [
                        {
                          "enum": [
                            "string",
                            "number",
                            "boolean",
                            "object",
                            "array"
                          ]
                        },
                        {
                          "type": "object",
                          "properties": {
                            "type": {
                              "enum": [
                                "string",
                                "number",
                                "boolean",
                                "object",
                                "array"
                              ]
                            },
                            "required": {
                              "type": [
                                "boolean",
                                "string"
                              ],
                              "enum": [
                                true,
                                false,
                                "true",
                                "false",
                                "yes",
                                "no",
                                "on",
                                "off",
                                "True",
                                "False",
                                "Yes",
                                "No",
                                "On",
                                "Off"
                              ]
                            },
                            "description": {
                              "type": "string"
                            }
                          },
                          "additionalProperties": false
                        }
                      ]
                    }
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "environments": {
          "type": "object",
          "additionalProperties": {
            "type": "object",
            "properties": {
              "queues": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "hours": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "lambdas": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "prompts": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "lex_bots": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "flows": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "modules": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            },
            "additionalProperties": false
          }
        },
        "rules": {
          "type": "object",
          "description": "Severity per rule id (flowc rules lists them).",
          "propertyNames": {
            "pattern": "^[a-z][a-z_]*$"
          },
          "additionalProperties": {
            "enum": [
              "error",
              "warning",
              "note",
              "off"
            ]
          }
        },
        "external_flows": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "external_modules": {
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "external_attributes": {
          "type": "object",
          "description": "Contact attributes that something other than the project's flows sets or reads, with what does.",
          "propertyNames": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]+$"
          },
          "additionalProperties": {
            "oneOf": [
              {
                "type": [
                  "string",
                  "null"
                ]
              },
              {
                "type": "object",
                "properties": {
                  "description": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              }
            ]
          }
        },
        "data_lake": {
          "type": "object",
          "description": "The data lake's contact-record table: the contact attributes it keeps as columns (attributes_<snake_case>). flowc build then writes swift/ContactRecordColumns.swift and terraform/data-lake/.",
          "properties": {
            "attributes": {
              "type": "array",
              "description": "Contact attributes kept as columns; each set by a flow or declared under external_attributes (data_lake_attribute).",
              "items": {
                "type": "string",
                "pattern": "^[A-Za-z0-9_-]+$"
              },
              "uniqueItems": true
            }
          },
          "additionalProperties": false
        },
        "monitoring": {
          "type": "object",
          "description": "The call-quality monitor: the CloudWatch namespace of its metrics and how its anomaly alarms judge them. flowc build then writes swift/CallQualityMetrics.swift.",
          "properties": {
            "namespace": {
              "type": "string",
              "description": "CloudWatch namespace (default: PROJECT/CallQuality); not starting with AWS/.",
              "pattern": "^(?!AWS/)[A-Za-z0-9./#:_-]{1,255}$"
            },
            "period": {
              "type": "integer",
              "enum": [
                60,
                300,
                900,
                3600
              ],
              "description": "Seconds per data point and alarm period (default 300)."
            },
            "band_width": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 10,
              "description": "The anomaly band's width in standard deviations (default 2)."
            },
            "evaluation_periods": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1440,
              "description": "Periods outside the band before an alarm (default 3); with the period, at most a day."
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false,
      "required": [
        "project"
      ],
      "description": "The project file, flowc.yaml."
    },
    "prompt": {
      "description": "What the caller hears: text, SSML (starting with <speak>), or one of text/ssml/prompt/audio.",
      "oneOf": [
        {
          "type": "string"
        },
        {
          "type": "object",
          "properties": {
            "text": {
              "type": "string"
            },
            "ssml": {
              "type": "string"
            },
            "prompt": {
              "type": "string"
            },
            "audio": {
              "type": "string"
            }
          },
          "additionalProperties": false,
          "minProperties": 1,
          "maxProperties": 1
        }
      ]
    },
    "ratingForm": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "prompt",
        "save_as",
        "fallback"
      ],
      "description": "A survey question: one key press from 1 to scale, saved in a contact attribute, with bounded retries.",
      "properties": {
        "prompt": {
          "$ref": "#/definitions/prompt"
        },
        "timeout": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 179
        },
        "scale": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 2,
          "maximum": 9
        },
        "save_as": {
          "type": "string",
          "pattern": "^[^$.]+$"
        },
        "retries": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 10,
          "description": "Extra attempts, each time the caller enters the block (each costs one action)."
        },
        "invalid_prompt": {
          "$ref": "#/definitions/prompt"
        },
        "fallback": {
          "$ref": "#/definitions/blockReference"
        },
        "no_input_prompt": {
          "$ref": "#/definitions/prompt"
        }
      }
    },
    "rawValue": {
      "description": "A raw Connect parameter value; tags such as !queue NAME stand for references.",
      "type": [
        "string",
        "number",
        "boolean",
        "array",
        "object"
      ]
    },
    "resourceName": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
    },
    "setAttributesForm": {
      "type": "object",
      "propertyNames": {
        "pattern": "^[^$.]+$"
      },
      "additionalProperties": {
        "$ref": "#/definitions/rawValue"
      },
      "minProperties": 1
    },
    "setCallbackNumberForm": {
      "oneOf": [
        {
          "type": "string",
          "pattern": "^\\$\\."
        },
        {
          "type": "object",
          "properties": {
            "number": {
              "type": "string",
              "pattern": "^\\$\\."
            },
            "on_invalid": {
              "$ref": "#/definitions/blockReference"
            },
            "on_not_dialable": {
              "$ref": "#/definitions/blockReference"
            }
          },
          "additionalProperties": false,
          "required": [
            "number"
          ]
        }
      ]
    },
    "setHooksForm": {
      "type": "object",
      "properties": {
        "customer_queue": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "customer_hold": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "customer_whisper": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "agent_hold": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "agent_whisper": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "customer_remaining": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "default_agent_ui": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "disconnect_agent_ui": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "pause_contact": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        "resume_contact": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        }
      },
      "additionalProperties": false,
      "minProperties": 1
    },
    "setLoggingForm": {
      "type": [
        "boolean",
        "string"
      ],
      "enum": [
        true,
        false,
        "true",
        "false",
        "yes",
        "no",
        "on",
        "off",
        "True",
        "False",
        "Yes",
        "No",
        "On",
        "Off"
      ]
    },
    "setQueueForm": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
    },
    "setRecordingForm": {
      "type": "object",
      "properties": {
        "record": {
          "type": "array",
          "items": {
            "enum": [
              "agent",
              "customer"
            ]
          }
        },
        "ivr": {
          "type": [
            "boolean",
            "string"
          ],
          "enum": [
            true,
            false,
            "true",
            "false",
            "yes",
            "no",
            "on",
            "off",
            "True",
            "False",
            "Yes",
            "No",
            "On",
            "Off"
          ]
        },
        "analytics": {
          "type": "object",
          "properties": {
            "language": {
              "type": "string"
            },
            "modes": {
              "type": "array",
              "items": {
                "enum": [
                  "real_time",
                  "post_contact",
                  "automated_interaction"
                ]
              }
            },
            "redaction": {
              "type": [
                "boolean",
                "string"
              ],
              "enum": [
                true,
                false,
                "true",
                "false",
                "yes",
                "no",
                "on",
                "off",
                "True",
                "False",
                "Yes",
                "No",
                "On",
                "Off"
              ]
            },
            "sentiment": {
              "type": [
                "boolean",
                "string"
              ],
              "enum": [
                true,
                false,
                "true",
                "false",
                "yes",
                "no",
                "on",
                "off",
                "True",
                "False",
                "Yes",
                "No",
                "On",
                "Off"
              ]
            }
          },
          "additionalProperties": false,
          "required": [
            "language"
          ]
        },
        "on_channel_mismatch": {
          "$ref": "#/definitions/blockReference",
          "description": "Where a contact on another channel goes (default: next)."
        }
      },
      "additionalProperties": false
    },
    "setVoiceForm": {
      "oneOf": [
        {
          "type": "null"
        },
        {
          "type": "string"
        },
        {
          "type": "object",
          "properties": {
            "voice": {
              "type": "string"
            },
            "engine": {
              "enum": [
                "standard",
                "neural",
                "generative"
              ]
            },
            "style": {
              "enum": [
                "none",
                "conversational",
                "newscaster"
              ]
            }
          },
          "additionalProperties": false
        }
      ]
    },
    "storeInputForm": {
      "type": "object",
      "properties": {
        "prompt": {
          "$ref": "#/definitions/prompt"
        },
        "timeout": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 179
        },
        "max_digits": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 20
        },
        "phone_number": {
          "type": "object",
          "properties": {
            "format": {
              "enum": [
                "local",
                "e164"
              ]
            },
            "country": {
              "type": "string"
            }
          },
          "additionalProperties": false
        },
        "terminator": {
          "type": [
            "string",
            "integer"
          ],
          "pattern": "^[0-9*#]{1,5}$"
        },
        "disable_cancel_key": {
          "type": [
            "boolean",
            "string"
          ],
          "enum": [
            true,
            false,
            "true",
            "false",
            "yes",
            "no",
            "on",
            "off",
            "True",
            "False",
            "Yes",
            "No",
            "On",
            "Off"
          ]
        },
        "encryption_key_id": {
          "type": "string"
        },
        "encryption_key": {
          "type": "string"
        },
        "on_timeout": {
          "$ref": "#/definitions/blockReference",
          "description": "Where the caller goes on silence (Connect stores Timeout); or give retries."
        },
        "on_invalid_phone_number": {
          "$ref": "#/definitions/blockReference"
        },
        "retries": {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 10,
          "description": "Extra attempts, each time the caller enters the block (each costs one action)."
        },
        "no_input_prompt": {
          "$ref": "#/definitions/prompt"
        },
        "invalid_prompt": {
          "$ref": "#/definitions/prompt",
          "description": "Played before a retry when the phone number is invalid (with phone_number)."
        },
        "fallback": {
          "$ref": "#/definitions/blockReference"
        }
      },
      "additionalProperties": false,
      "required": [
        "prompt"
      ]
    },
    "transferToQueueForm": {
      "oneOf": [
        {
          "type": "string",
          "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
        },
        {
          "type": "object",
          "properties": {
            "queue": {
              "type": "string",
              "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
            },
            "on_at_capacity": {
              "$ref": "#/definitions/blockReference"
            }
          },
          "additionalProperties": false
        }
      ]
    },
    "waitForm": {
      "oneOf": [
        {
          "type": [
            "integer",
            "string"
          ],
          "pattern": "^-?[0-9]+$",
          "minimum": 1,
          "maximum": 604800,
          "description": "Seconds to wait."
        },
        {
          "type": "object",
          "properties": {
            "seconds": {
              "type": [
                "integer",
                "string"
              ],
              "pattern": "^-?[0-9]+$",
              "minimum": 1,
              "maximum": 604800
            },
            "on_customer_returned": {
              "$ref": "#/definitions/blockReference"
            }
          },
          "additionalProperties": false,
          "required": [
            "seconds"
          ]
        }
      ]
    }
  }
}

"""#
}
