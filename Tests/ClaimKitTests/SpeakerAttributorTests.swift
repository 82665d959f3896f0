import XCTest
@testable import ClaimKit

final class SpeakerAttributorTests: XCTestCase {
    let lead = "North Korea fired a missile on Monday, officials in the region said.\n\n"

    func testNameThenCueAfterQuote() {
        let q = quoteSpeakers(lead + "“We are watching closely,” Blinken told reporters in Seoul.\n")
        XCTAssertEqual(q.first?.1, "Blinken")
    }

    func testCueThenNameWithTitleAndAppositive() {
        let r = extractQuotes(lead + "\"The market is nervous,\" said Arthur Miller, BankAmerica's vice president.\n")
        XCTAssertEqual(r.quotes.first?.speaker, "Arthur Miller")
        XCTAssertEqual(r.quotes.first?.cue, "said")
    }

    func testTitleBeforeNameIsStrippedFromSpeaker() {
        let t = lead + "U.S. Secretary of State Antony Blinken said: “Today’s launch is a reminder of our work.”\n"
        let r = extractQuotes(t)
        XCTAssertEqual(r.quotes.first?.speaker, "Antony Blinken")
        XCTAssertEqual(r.quotes.first?.speakerMention, "U.S. Secretary of State Antony Blinken")
    }

    func testCueBeforeQuoteWithComma() {
        let q = quoteSpeakers(lead + "Blinken stated, “We condemn the launch of the missile.”\n")
        XCTAssertEqual(q.first?.1, "Blinken")
    }

    func testPronounResolvesToPreviousNamedSpeaker() {
        let t = lead + "“This is a violation,” Secretary of State Antony Blinken said.\n\nHe added: “We will respond with our allies.”\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.map(\.1), ["Antony Blinken", "Antony Blinken"])
    }

    func testPronounResolvesByGender() {
        let t = lead + "Hillary Clinton spoke after Donald Trump left the stage.\n\n“It was a good night,” Trump said.\n\n“I disagree,” she said.\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.map(\.1), ["Donald Trump", "Hillary Clinton"])
    }

    func testPronounResolvesToNamedSubjectBeforeAnyQuote() {
        let t = lead + "North Korean leader Kim Jong-un said the tests were needed to deter what he referred to as 'rivals' abroad.\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.first?.0, "rivals")
        XCTAssertEqual(q.first?.1, "Kim Jong-un")
    }

    func testDefiniteDescriptionResolvesToRecentPerson() {
        let t = lead + "“We stand with Seoul,” U.S. Secretary of State Antony Blinken said.\n\n“The alliance is strong,” the top US diplomat said at the briefing.\n"
        let r = extractQuotes(t)
        XCTAssertEqual(r.quotes.map(\.speaker), ["Antony Blinken", "Antony Blinken"])
        XCTAssertEqual(r.quotes.last?.speakerMention, "the top US diplomat")
    }

    func testOrganisationSpeakers() {
        let t = lead
            + "The missile was a “new type of weapon,” the Korean Central News Agency said.\n\n"
            + "Blinken reiterated Washington’s “firm commitment” to the alliance, a Foreign Ministry statement said.\n\n"
            + "Choe’s office said in a statement that Seoul remains committed to “the principles of the summit.”\n\n"
            + "Choe Sang-mok met the envoy on Monday.\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.map(\.1), ["Korean Central News Agency", "Foreign Ministry", "Choe Sang-mok"])
    }

    func testUnnamedOfficialGivesInstitution() {
        let q = quoteSpeakers(lead + "A Hamas official said the group was ready for the “first phase” of a deal.\n")
        XCTAssertEqual(q.first?.1, "Hamas")
    }

    func testElidedSubjectSharesEarlierVerb() {
        let t = lead + "Trump, who once threatened “fire and fury” against the North, met Kim three times and said they “fell in love.”\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.map(\.1), ["Trump", "Trump"])
    }

    func testAccordingTo() {
        let q = quoteSpeakers(lead + "The launch was “a grave provocation,” according to South Korea’s Joint Chiefs of Staff.\n")
        XCTAssertEqual(q.first?.1, "South Korea’s Joint Chiefs of Staff")
    }

    func testUnattributedQuoteStaysNil() {
        let t = "The debate was long.\n\nThe crowd chanted “build the wall, build it now, build it today” for an hour.\n"
        let r = extractQuotes(t)
        XCTAssertEqual(r.quotes.count, 1)
        XCTAssertNil(r.quotes.first?.speaker)
    }

    func testShortNameResolvesToFullNameInDocument() {
        let t = "Sen. Lindsey Graham spoke in Iowa on Monday about the race.\n\n“We lose elections with this rhetoric,” Graham said.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Lindsey Graham")
    }

    func testParticipleCueSharesEarlierCueSubject() {
        let t = lead + "In a long interview with reporter Dan Whitfield last week, Ortega said he would appeal and added, “We will win this case.”\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Ortega")
    }

    func testParticipleCueTakesMainClauseSubjectAfterOpeningPhrase() {
        let t = lead + "Hours later, Marlow thanked the voters of Springfield, telling reporters, “This was your win.”\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Marlow")
    }

    func testPronounOpeningParagraphTakesPreviousParagraphSubject() {
        let t = lead + "Dan Marlow, the party chairman, spoke at the event in Ohio.\n\n"
            + "Marlow also made the point that the plan, pushed by Senator Tom Keller, would fail.\n\n“We will not accept it,” he said.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Dan Marlow")
    }

    func testReflexiveBetweenSubjectAndVerb() {
        let t = "The vote was close, said Carl Brandt, a pollster.\n\n"
            + "Gov. Ralph Norton himself has been making this argument, with Senator Tom Keller.\n\n“We knew it,” he said.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Ralph Norton")
    }

    func testNameAfterCueIsSubjectForLaterPronoun() {
        let t = "The vote was close.\n\n“It was a long night,” said Carl Brandt, a pollster who spoke after Mayor Tom Keller left the hall.\n\n“We knew it,” he said.\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Carl Brandt", "Carl Brandt"])
    }

    func testAddresseeAfterToldIsNotSubject() {
        let t = "The vote was close.\n\n“It was close,” Sam Pell, 61, told Mike Dunn on Monday.\n\n“We knew it,” he said.\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Sam Pell", "Sam Pell"])
    }

    func testColonAfterSentenceWithPersonSubject() {
        let t = "The vote was close.\n\nTom Keller gestured to the crowd, then leaned in and boomed: “We will win in November.”\n\n"
            + "Later that night, Ann Ruiz addressed the hall:\n\n“We are not done.”\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Tom Keller", "Ann Ruiz"])
    }

    func testColonAfterSentenceWithoutPersonSubjectStaysUnattributed() {
        let t = "The vote was close.\n\nThe banner over the stage read: “We will win in November.”\n"
        XCTAssertNil(quoteSpeakers(t).first?.1)
    }

    func testVerbAndNameAfterExclamation() {
        let t = "The vote was close.\n\n“We did it!” beamed Tom Ruiz of Dayton, who drove all night.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Tom Ruiz")
    }

    func testNameWithLongAppositiveAfterQuestion() {
        let t = "The vote was close.\n\n“Can you believe it?” Eva Miller, a retired nurse from a small town, said quietly.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Eva Miller")
    }

    func testPlaceInsideAppositiveIsNotAntecedent() {
        let t = "The vote was close.\n\nCarol Bower, 75, a retiree in Carthage, Ill., supported Gov. Tom Keller of Ohio, but now plans to vote for Mr. Dunn.\n\n“I will hold my nose,” she said.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Carol Bower")
    }

    func testSurnameSharedByManAndWomanHasNoGender() {
        let t = "The vote was close.\n\nSen. Chris Murphy met Anne Murphy, whose son died in the attack.\n\n"
            + "Murphy followed up with a call for new laws.\n\n“We can do better,” he said.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Chris Murphy")
    }

    func testPlaceAppositiveBeforeCueIsSkipped() {
        let t = "The vote was close.\n\nTom Wilson, of Springfield, Va., said he had served “for the whole nation.”\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Tom Wilson")
    }

    func testTitleBeforeOfIsNotAName() {
        let t = "The vote was close.\n\n“We planned this,” Party Chief of Staff Kate Walsh explained.\n\n“It is done,” said Representative Peter T. King of New York.\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Kate Walsh", "Peter T. King"])
    }

    func testNameSetOffAfterDescriptionFollowingCue() {
        let t = "The vote was close.\n\n“We are watching,” said another Twitter user, Jo Bayer.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Jo Bayer")
    }

    func testCapitalisedModifiersBeforeNameAfterQuote() {
        let t = "The vote was close.\n\n“It was late,” Daily Courier opinion editor Josh Greenfield told the radio station.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Josh Greenfield")
    }

    func testAdverbInLyBeforeCue() {
        let t = "The vote was close.\n\nAnchor Nora Dell, who was off-screen, then hoarsely asked, “Where are the ballots?”\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Nora Dell")
    }

    func testLowerCaseModifiersBeforeNameAfterQuote() {
        let t = "The vote was close.\n\n“It was late,” former FBI agent Timothy Gill explained.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Timothy Gill")
    }

    func testCueLikeWordInsideAppositiveIsSkipped() {
        let t = "The vote was close.\n\n“We will sue,” Scott Pruitt, the attorney general of Ohio, one of the states suing the agency, said at an event.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Scott Pruitt")
    }

    func testQuoteParagraphSignedInNextParagraph() {
        let t = "Claims from the debate.\n\n“We cut taxes for every family.”\n\n- Tom Keller.\n\n"
            + "The figure is wrong, the record shows.\n\n“I never voted for that bill.”\n\n—Ann Ruiz, Dayton.\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Tom Keller", "Ann Ruiz"])
    }

    func testColonAfterOpeningPhrasesAndAppositive() {
        let t = "The vote was close.\n\nOn July 6, 2015, Tom Keller made the following comment:\n\n“Jobs are coming back.”\n\n"
            + "Senate leader Mitch Dunn, R-Ky., delivered a blunt message to Keller: “Not this year.”\n\n"
            + "Asked about it, Mr. Smith shot back: “That is false.”\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Tom Keller", "Mitch Dunn", "Smith"])
    }

    func testNameAndCueAfterQuestionWhateverFollows() {
        let t = "The vote was close.\n\n“Is that a joke?” Keller asks as a guard walks past the “Exit” sign.\n\n"
            + "“You know, it happens, right?” Ruiz went on, as if he had not heard.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Keller")
        XCTAssertEqual(quoteSpeakers(t).last?.1, "Ruiz")
    }

    func testShotBackIsACue() {
        let t = "The vote was close.\n\n“Look at all these voters,” Ruiz said.\n\n“They are ours,” Bennett shot back with a laugh.\n"
        XCTAssertEqual(quoteSpeakers(t).map(\.1), ["Ruiz", "Bennett"])
        // After a quote that ends its sentence, too.
        let u = "The vote was close.\n\n“That is false.” Bennett shot back.\n"
        XCTAssertEqual(quoteSpeakers(u).map(\.1), ["Bennett"])
    }

    func testPersonOfInstitutionBeforeCue() {
        let t = "The vote was close.\n\n“It is unknown,” Jeffrey Lewis of the Martin Center for Arms Studies wrote in December.\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Jeffrey Lewis")
    }

    func testVerbAndObjectAreNotPartOfName() {
        let t = "The vote was close.\n\nKerpen needled the CNN “reporter,” saying, “You are done!”\n"
        XCTAssertEqual(quoteSpeakers(t).last?.1, "Kerpen")
    }

    func testDashLineThatIsNotASignature() {
        let t = "The match was close.\n\n“I cannot keep my eyes off the league.”\n\n- Listen to the full interview on Sunday.\n"
        // No speaker: the dash line is an instruction, not a name.
        XCTAssertEqual(quoteSpeakers(t).map(\.1), [nil])
    }

    func testQuotedPersonAsSaying() {
        let t = "Carmakers are worried, a report said.\n\nThe Daily Courier quoted plant manager Peter Lindqvist as saying “we have three years to get it together.”\n"
        XCTAssertEqual(quoteSpeakers(t).first?.1, "Peter Lindqvist")
    }

    func testQuotedByOutletIsNotTheSpeaker() {
        let t = "Talks stalled.\n\nHe was quoted by PAP as saying that Poland would pay, “but not in a short time.”\n"
        // Not the outlet; "He" has no one to refer to here.
        XCTAssertEqual(quoteSpeakers(t).map(\.1), [nil])
    }
}

final class GivenNameGenderTests: XCTestCase {
    /// A given name on both lists says nothing about gender; the byte and string paths agree.
    func testNamesOnBothListsHaveNoGender() {
        for (name, g) in [("Lindsey", Gender.unknown), ("Pat", .unknown), ("Mary", .female), ("John", .male)] {
            XCTAssertEqual(AttributionLexicon.gender(ofGiven: name), g, name)
            var s = name.lowercased()
            XCTAssertEqual(s.withUTF8 { AttributionLexicon.asciiGender($0) }, g, name)
        }
    }
}
