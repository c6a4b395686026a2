@web
Feature: The customer page acts only on well-formed messages from CRM's form
  The frame is cross-origin, so anything can post to the customer page. Only messages
  from the CRM embed origin, of a type in the contract and with the fields the contract
  requires, may have an effect (initiative README, Frontend item: origin-validated, typed).
  "Ignores the message" means: the panel stays as it was, the ticket list is not
  refreshed, no association call is made and no notice is shown.

  Background:
    Given a customer "Ana Wijaya" with no associated tickets
    And the user may create tickets
    And the ticket form is open for the customer

  Rule: Messages from any other origin are ignored

    @req:WEB-11
    Scenario Outline: A page of another origin cannot drive the customer page
      When a page of another origin sends <message>
      Then the customer page ignores the message

      Examples:
        | message             |
        | TICKET_CREATED      |
        | EMBED_CLOSE         |
        | TICKET_CREATE_ERROR |
        | EMBED_RESIZE        |

    # Only exactly the CRM origin counts: the same host on another port or scheme, or a host that
    # merely starts with or contains CRM's, is another origin (each a real page of that origin).
    @req:WEB-11
    Scenario Outline: A page of a look-alike origin cannot drive the customer page
      When a page of <origin> sends EMBED_CLOSE
      Then the customer page ignores the message

      Examples:
        | origin                               |
        | the CRM host on another port         |
        | a host that starts with the CRM host |
        | a host that contains the CRM host    |
        | the CRM host and port over https     |

  Rule: Messages outside the contract are ignored

    @req:WEB-12 @depends:OQ-contract
    Scenario: A message of an unknown type is ignored
      When the ticket form sends a message of the unknown type "TICKET_DELETED"
      Then the customer page ignores the message

  Rule: Malformed contract messages are ignored

    @req:WEB-13 @depends:OQ-contract
    Scenario Outline: A message without the fields the contract requires is ignored
      When the ticket form sends <message> <defect>
      Then the customer page ignores the message

      Examples:
        | message        | defect                              |
        | TICKET_CREATED | without a ticket id                 |
        | EMBED_RESIZE   | with a height that is not a number  |
        | EMBED_RESIZE   | with a negative height              |

  Rule: Messages of another contract version are ignored

    @req:WEB-18 @depends:OQ-contract
    Scenario Outline: A message without the page's contract version is ignored
      When the ticket form sends EMBED_CLOSE <version>
      Then the customer page ignores the message

      Examples:
        | version                     |
        | without a version           |
        | of another contract version |
