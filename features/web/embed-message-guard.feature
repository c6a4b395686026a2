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
